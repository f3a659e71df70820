# Daemon workers with task_done; the main thread waits with queue.join().
import queue
import threading

NUM_WORKERS = 3
EMAILS = ["Ann@Example.com", "bob@example.COM", "cy@test.org", "DEE@test.org", "eve@example.com"]

tasks = queue.Queue()
domains = {}
domains_lock = threading.Lock()
handled = 0


def worker():
    global handled
    while True:
        email = tasks.get()
        try:
            domain = email.lower().split("@", 1)[1]
            with domains_lock:
                domains[domain] = domains.get(domain, 0) + 1
                handled += 1
        finally:
            tasks.task_done()


if __name__ == "__main__":
    for _ in range(NUM_WORKERS):
        threading.Thread(target=worker, daemon=True).start()
    for email in EMAILS:
        tasks.put(email)
    tasks.join()
    assert handled == len(EMAILS)
    assert domains["example.com"] == 3 and domains["test.org"] == 2
