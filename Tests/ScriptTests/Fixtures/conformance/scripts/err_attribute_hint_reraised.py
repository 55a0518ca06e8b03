learning_rate = 0.1
try:
    print(learning_rat)
except NameError as e:
    print("caught:", e)
    print("args:", e.args)
    print("repr:", repr(e))
    print("name attribute:", e.name)

class Model:
    def __init__(self):
        self.weights = [1, 2]

m = Model()
try:
    m.weight
except AttributeError as e:
    print("caught:", e)
    print("obj is m:", e.obj is m, "name:", e.name, str(e))

def lookup():
    try:
        return m.weigths
    except AttributeError as err:
        print("re-raising", err.args)
        raise err

lookup()
