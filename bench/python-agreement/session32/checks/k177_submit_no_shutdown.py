# A pool job submitted with no shutdown and no with: the interpreter's exit waits for it.
import time
from concurrent.futures import ThreadPoolExecutor

done = []


def work():
    time.sleep(0.01)
    done.append(1)


ex = ThreadPoolExecutor(1)
ex.submit(work)
