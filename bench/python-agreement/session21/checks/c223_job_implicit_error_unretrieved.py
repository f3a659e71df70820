# an executor job failing implicitly, its future never asked: the program ends normally
from concurrent.futures import ThreadPoolExecutor

finished = 0


def failing(d):
    return 10 // d


with ThreadPoolExecutor(max_workers=1) as pool:
    pool.submit(failing, 0)
finished = 1
print(finished)
