# BUG: lost update: pool jobs bump a module-level counter with a read and a write that can interleave
from concurrent.futures import ThreadPoolExecutor
import time

page_views = 0


def record_visit(user):
    global page_views
    current = page_views
    time.sleep(0)  # the analytics client yields here
    page_views = current + 1
    return user


users = ["u1", "u2", "u3"]
with ThreadPoolExecutor(max_workers=3) as pool:
    served = list(pool.map(record_visit, users))
print("served:", served)
print("page views:", page_views, "expected:", len(users))
