import multiprocessing as mp

results = []
failures = []


def parse(text):
    return int(text)


def on_ok(value):
    results.append(value)


def on_error(exc):
    failures.append(type(exc).__name__)


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        for text in ("4", "x", "7"):
            pool.apply_async(parse, (text,), callback=on_ok, error_callback=on_error)
        pool.close()
        pool.join()
    print(sorted(results), failures)
