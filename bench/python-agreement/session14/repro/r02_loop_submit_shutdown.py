# Expected: seen == 3 (no bug): leaving the executor's `with` waits for every job submitted in the loop.
# weft's import waits only for the future of the last submit, so it lists seen < 3 too (over-approximation;
# docs/python.md says this form, a submit in a loop that does not keep its futures, is refused).
import time
from concurrent.futures import ThreadPoolExecutor

done = 0
seen = 0


def job(n):
    global done
    time.sleep(0.01 * (3 - n))
    done += 1


def main():
    global seen
    with ThreadPoolExecutor(max_workers=3) as ex:
        for i in range(3):
            ex.submit(job, i)
    seen = done
    print(f"seen={seen} done={done}")


if __name__ == "__main__":
    main()
