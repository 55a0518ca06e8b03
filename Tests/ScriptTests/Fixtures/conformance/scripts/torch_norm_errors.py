import torch

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: torch.zeros(0).norm(p=float("inf")))
attempt(lambda: torch.zeros(0).norm(p=-1))
attempt(lambda: torch.zeros(2, 0).norm(p=float("inf"), dim=1))
attempt(lambda: torch.zeros(2, 0).norm(p=float("-inf"), dim=0))
attempt(lambda: torch.ones(2, 2, 2).norm(p="fro", dim=(0, 1, 2)))
attempt(lambda: torch.ones(2, 2).norm(p="abc"))
attempt(lambda: torch.arange(4).norm())
attempt(lambda: torch.ones(3).norm(p="fro"))
attempt(lambda: torch.ones(2, 2).norm(dim=(0, 0)))
attempt(lambda: torch.linalg.norm(torch.ones(2, 2, 2), ord=1))
attempt(lambda: torch.linalg.norm(torch.ones(2, 2), dim=(0, 1, 1)))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3), ord=1))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3, 3), ord=3))
attempt(lambda: torch.linalg.matrix_norm(torch.ones(3, 3), ord="abc"))
attempt(lambda: torch.linalg.vector_norm(torch.ones(3), dtype=torch.int64))
attempt(lambda: torch.ones(2, 2, 2).norm(dim=(0, 1, 2)))
