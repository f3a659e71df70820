# check: Semaphore(-1), Barrier(0) and ThreadPoolExecutor(max_workers=0) raise ValueError
import threading
from concurrent.futures import ThreadPoolExecutor

kinds = []
try:
    s = threading.Semaphore(-1)
    kinds.append(1)
except ValueError:
    kinds.append(2)
try:
    b = threading.Barrier(0)
    kinds.append(1)
except ValueError:
    kinds.append(2)
try:
    ex = ThreadPoolExecutor(max_workers=0)
    kinds.append(1)
except ValueError:
    kinds.append(2)
