import concurrent.futures
import time

DELAYS = {"fast": 0.005, "medium": 0.015, "slow": 0.03}


def fetch(name):
    time.sleep(DELAYS[name])
    return len(name)


def main():
    results = {}
    order = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        future_to_name = {ex.submit(fetch, name): name for name in DELAYS}
        for fut in concurrent.futures.as_completed(future_to_name):
            name = future_to_name[fut]
            results[name] = fut.result()
            order.append(name)
    print(results)
    print(order)


main()
