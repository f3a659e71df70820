# Check: a function defined inside main() cannot be pickled for a ProcessPoolExecutor. Bug: unpicklable job.
from concurrent.futures import ProcessPoolExecutor

error = ""
value = 0


def main():
    global error, value

    def triple(x):
        return x * 3

    with ProcessPoolExecutor(max_workers=1) as pool:
        fut = pool.submit(triple, 5)
        try:
            value = fut.result()
        except Exception as exc:
            error = type(exc).__name__


if __name__ == "__main__":
    main()
    print(f"value={value} error={error}")
