# a job's exception stays in its future: without result() the program ends normally
from concurrent.futures import ThreadPoolExecutor

finished = 0


def failing():
    raise KeyError("nobody asked")


with ThreadPoolExecutor(max_workers=1) as pool:
    pool.submit(failing)
finished = 1
print(finished)
