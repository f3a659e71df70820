# Expected: results keyed by name through a future_to_name dict; every task lands exactly once (no bug), arrival order varies.
import concurrent.futures
import random
import time

results = {}
arrival = []


def lookup(name):
    time.sleep(random.uniform(0.001, 0.01))
    return len(name)


names = ["ada", "grace", "linus"]
with concurrent.futures.ThreadPoolExecutor(max_workers=3) as executor:
    future_to_name = {executor.submit(lookup, name): name for name in ["ada", "grace", "linus"]}
    for future in concurrent.futures.as_completed(future_to_name):
        name = future_to_name[future]
        try:
            results[name] = future.result()
        except Exception as exc:
            print(f"{name} generated an exception: {exc}")
        else:
            arrival.append(results[name])
print(results, "arrivals:", len(arrival))
