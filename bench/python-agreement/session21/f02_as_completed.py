import concurrent.futures
import time

DELAYS = {"fast": 0.01, "medium": 0.03, "slow": 0.06}


def fetch(name):
    time.sleep(DELAYS[name])
    return len(name)


results = {}
finish_order = []
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    future_to_name = {executor.submit(fetch, name): name for name in DELAYS}
    for future in concurrent.futures.as_completed(future_to_name):
        name = future_to_name[future]
        results[name] = future.result()
        finish_order.append(name)

print("results:", dict(sorted(results.items())))
print("finish order:", finish_order)
