# CPython 3.11.7, 10 runs: fault (ValueError from f.result() inside the f-string printed) 10 of 10;
# weft before session 20's end: ok under "complete" (the print's arguments were only read).
from concurrent.futures import ThreadPoolExecutor

reported = 0


def job(name):
    if name == "c":
        raise ValueError("bad")
    return name.upper()


if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(job, name) for name in ["a", "b", "c"]}
        for name in ["a", "b", "c"]:
            print(f"{name}: {futures[name].result()}")
            reported += 1
