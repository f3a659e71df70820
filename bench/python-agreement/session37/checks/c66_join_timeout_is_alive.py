import threading
import time

log = []


def slow():
    time.sleep(0.03)
    log.append("slow done")


t = threading.Thread(target=slow)
t.start()
t.join(timeout=0.005)
log.append(f"alive={t.is_alive()}")
t.join()
log.append(f"alive={t.is_alive()}")
print(log)  # ordered
