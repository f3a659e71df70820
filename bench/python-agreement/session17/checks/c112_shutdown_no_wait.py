# no bug: shutdown(wait=False) returns at once; the running job still finishes before the interpreter exits
import time
from concurrent.futures import ThreadPoolExecutor

events = []


def upload():
    time.sleep(0.010)
    events.append("uploaded")


ex = ThreadPoolExecutor(max_workers=1)
ex.submit(upload)
ex.shutdown(wait=False)
events.append("main done")
