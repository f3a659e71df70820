# BUG: order violation / check-then-act in done callbacks: each finished deploy's callback checks
# `summary["first"]` and sets it if empty; callbacks run in the worker threads without a lock, so two
# can both see it empty and the later write wins, and `order` can disagree with `first`.
import time
from concurrent.futures import ThreadPoolExecutor

summary = {"first": None, "count": 0}
order = []


def deploy(region):
    time.sleep(0.001)
    return region


def on_done(future):
    region = future.result()
    if summary["first"] is None:
        time.sleep(0.0005)
        summary["first"] = region
    summary["count"] += 1
    order.append(region)


with ThreadPoolExecutor(max_workers=3) as pool:
    for region in ["eu", "us", "ap"]:
        pool.submit(deploy, region).add_done_callback(on_done)

print(f"first_matches={summary['first'] == order[0]} count={summary['count']} regions={sorted(order)}")
