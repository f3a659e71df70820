# Pool.apply_async with each job's argument tuple in a name (session32/m04's form): the results through
# a callback, the failures through error_callback.
import multiprocessing

collected = []
errors = []


def resize(name, w, h, factor):
    if factor <= 0:
        raise ValueError(f"{name}: factor must be positive")
    return name, w // factor, h // factor


def on_result(result):
    collected.append(result)


def on_error(exc):
    errors.append(str(exc))


if __name__ == "__main__":
    jobs = [("a.jpg", 800, 600, 2), ("b.jpg", 300, 300, 3), ("c.jpg", 100, 50, 0)]
    with multiprocessing.Pool(2) as pool:
        handles = [pool.apply_async(resize, job, callback=on_result, error_callback=on_error) for job in jobs]
        pool.close()
        pool.join()
    print(sorted(collected))
    print("errors", errors)
    widths = sorted(w for _, w, _ in collected)
    print("widths", widths)
