import concurrent.futures
import threading
lock = threading.Lock()
hits = 0
def visit(page):
    global hits
    with lock:
        hits += 1
    return page * 10
with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
    total = sum(executor.map(visit, range(5)))
print(total, hits)
