from concurrent.futures import ProcessPoolExecutor

calls = 0


def count_call(_):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        seen = list(ex.map(count_call, range(4)))
    total = sum(seen)
    print(seen, total)
