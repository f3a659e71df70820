"""with Pool: apply_async with a callback in a loop, results not kept, then close() and join() in the with.

join() waits for every job and for the result-handler thread, so the end of the with (terminate())
kills nothing; the callbacks' list holds every label, in an order the jobs finished in."""
from multiprocessing import Pool


def label(n: int) -> str:
    return f"job-{n}"


labels: list[str] = []


def remember(text: str) -> None:
    labels.append(text)


if __name__ == "__main__":
    with Pool(processes=2) as pool:
        for n in range(3):
            pool.apply_async(label, (n,), callback=remember)
        pool.close()
        pool.join()
    print(labels)
    assert sorted(labels) == ["job-0", "job-1", "job-2"]
