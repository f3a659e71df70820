"""Three threads each do two slices of CPU work under the GIL; the agreement script measures one slice
on this machine and writes it into the annotation (CALIBRATED) before weft reads the program."""
import threading

done = 0
guard = threading.Lock()


def burn():  # weft: cpu CALIBRATED
    total = 0
    for k in range(300_000):
        total += k * k
    return total


def work():
    global done
    burn()
    burn()
    with guard:
        done += 1


workers = [threading.Thread(target=work) for _ in range(3)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join()
print("done:", done)
