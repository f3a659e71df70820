# check: Pool.apply_async's callback runs in the parent's result-handler thread, one at a time
from multiprocessing import Pool

collected = []


def square(n):
    return n * n


def on_result(value):
    collected.append(value)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        pending = [pool.apply_async(square, (n,), callback=on_result) for n in range(4)]
        for p in pending:
            p.get()
        count_at_wait = len(collected)
    total = sum(collected)
    print(sorted(collected), total)
