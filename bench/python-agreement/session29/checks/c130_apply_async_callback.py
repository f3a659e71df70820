from multiprocessing import Pool

collected = []


def square(x):
    return x * x


def on_result(value):
    collected.append(value)


if __name__ == "__main__":
    with Pool(2) as pool:
        handles = [pool.apply_async(square, (n,), callback=on_result) for n in (2, 3)]
        for h in handles:
            h.wait()
    total = sum(collected)
    print(sorted(collected), total)
