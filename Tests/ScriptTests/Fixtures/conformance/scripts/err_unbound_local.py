# UnboundLocalError: assignment makes a name local
count = 0

def bump():
    count += 1
    return count

print(bump())
