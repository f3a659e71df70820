# Print spooler: four jobs share two printers through a Semaphore; each printer slot is tracked.
import threading
import time

printers = threading.Semaphore(2)
busy_lock = threading.Lock()
busy = 0
peak = 0
printed = {}


def print_job(job_id, pages):
    global busy, peak
    with printers:
        with busy_lock:
            busy += 1
            peak = max(peak, busy)
        time.sleep(0.002 * pages)
        with busy_lock:
            printed[job_id] = pages
            busy -= 1


jobs = {"report": 3, "invoice": 1, "poster": 2, "memo": 1}
threads = [threading.Thread(target=print_job, args=(name, pages)) for name, pages in jobs.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

total_pages = sum(printed.values())
print(f"printed {len(printed)} jobs, {total_pages} pages")
print(f"peak concurrent printers: {peak}, busy now: {busy}")
