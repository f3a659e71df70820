from concurrent.futures import ThreadPoolExecutor

order = []


def job():
    return 2


def callback(fut):
    order.append(("callback", fut.result()))


with ThreadPoolExecutor(max_workers=2) as pool:
    fut = pool.submit(job)
    value = fut.result()
    fut.add_done_callback(callback)
    order.append(("after add", len(order)))
print(order)
