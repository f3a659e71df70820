# Pharmacy: prescriptions enter a PriorityQueue (urgency, arrival); one pharmacist fills them in order. Bug: none.
import queue
import threading

rx = queue.PriorityQueue()
filled = []
doses = {}


def pharmacist():
    while True:
        urgency, arrival, patient, pills = rx.get()
        if patient == "CLOSE":
            break
        filled.append(patient)
        doses[patient] = pills * (3 - urgency)


incoming = [
    (2, 0, "ivy", 10),
    (0, 1, "jon", 4),
    (1, 2, "kai", 6),
    (0, 3, "lia", 2),
    (2, 4, "moe", 8),
]
for item in incoming:
    rx.put(item)
rx.put((9, 99, "CLOSE", 0))
worker = threading.Thread(target=pharmacist)
worker.start()
worker.join()

total_doses = sum(doses.values())
print(f"filled={filled} total_doses={total_doses}")
