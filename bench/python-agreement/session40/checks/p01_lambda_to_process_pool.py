# Check: a lambda submitted to a ProcessPoolExecutor cannot be pickled; result() raises (PicklingError). Bug: unpicklable job.
from concurrent.futures import ProcessPoolExecutor

error = ""
value = 0

if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        fut = pool.submit(lambda x: x * 2, 21)
        try:
            value = fut.result()
        except Exception as exc:
            error = type(exc).__name__
    print(f"value={value} error={error}")
