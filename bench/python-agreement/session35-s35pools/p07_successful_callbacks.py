# successful() after close() and join(), of jobs with a callback and an error callback (session32/m04's
# form, counted in a loop rather than a generator).
import multiprocessing

collected = []
errors = []


def resize(name, w, h, factor):
    if factor <= 0:
        raise ValueError(f"{name}: factor must be positive")
    return w // factor + h // factor


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
    ok = 0
    for h in handles:
        if h.successful():
            ok += 1
    print(sorted(collected), "errors", errors, "ok", ok)
