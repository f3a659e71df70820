# Warehouse robots: pick jobs run in a pool; done-callbacks append to a shared log in completion order. Bug: none (order may vary, totals may not).
import threading
import time
from concurrent.futures import ThreadPoolExecutor

completion_order = []
picked_total = 0
lock = threading.Lock()


def pick(robot, shelf_items):
    time.sleep(0.001 * len(shelf_items))
    return robot, sum(shelf_items)


def on_done(fut):
    global picked_total
    robot, items = fut.result()
    with lock:
        completion_order.append(robot)
        picked_total += items


shelves = {1: [2, 3], 2: [7], 3: [1, 1, 1]}
with ThreadPoolExecutor(max_workers=2) as pool:
    for robot, items in shelves.items():
        fut = pool.submit(pick, robot, items)
        fut.add_done_callback(on_done)

print(f"picked_total={picked_total} robots={sorted(completion_order)} first={completion_order[0]}")
