# Expected: the failing job's custom exception reaches the caller through future.result() (ok == 3, failed == 1); no bug
# Variant of f04_custom_exception_results.py: enumerate(futures) replaced by plain iteration
from concurrent.futures import ThreadPoolExecutor


class JobError(Exception):
    pass


ok = 0
failed = 0
outputs = []


def run_job(job_id):
    if job_id == 2:
        raise JobError(f"job {job_id} failed")
    return job_id * 100


def main():
    global ok, failed
    with ThreadPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(run_job, i) for i in range(4)]
        for fut in futures:
            try:
                outputs.append(fut.result())
                ok += 1
            except JobError as e:
                print(f"caught: {e}")
                failed += 1
    print(f"ok={ok} failed={failed} outputs={outputs}")


if __name__ == "__main__":
    main()
