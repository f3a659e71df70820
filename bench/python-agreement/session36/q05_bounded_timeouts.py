# Inventory reservations through a bounded queue (maxsize 2): the front desk puts requests with a put
# timeout and counts the ones rejected as full; the warehouse takes them with a get timeout and stops
# when the queue stays empty.
import queue
import threading
import time

requests = queue.Queue(maxsize=2)
stock = {"bolts": 5, "nuts": 3}
reserved = []
rejected = []
refused = []
idle_polls = 0


def front_desk(orders):
    for item, quantity in orders:
        try:
            requests.put((item, quantity), timeout=0.05)
        except queue.Full:
            rejected.append(item)


def warehouse():
    global idle_polls
    while True:
        try:
            item, quantity = requests.get(timeout=0.05)
        except queue.Empty:
            idle_polls += 1
            break
        time.sleep(0.001)
        if stock[item] >= quantity:
            stock[item] -= quantity
            reserved.append((item, quantity))
        else:
            refused.append((item, quantity))


desk = threading.Thread(target=front_desk, args=([("bolts", 2), ("nuts", 2), ("bolts", 4), ("nuts", 1)],))
store = threading.Thread(target=warehouse)
desk.start()
store.start()
desk.join()
store.join()

print(f"stock={stock} reserved={reserved} refused={refused} rejected={rejected} idle={idle_polls}")
