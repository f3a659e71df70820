import threading, time
sem = threading.Semaphore(2)
inside = 0
peak = 0
guard = threading.Lock()
def task():
    global inside, peak
    with sem:
        with guard:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1
threads = []
for _ in range(4):
    t = threading.Thread(target=task)
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print(peak)
