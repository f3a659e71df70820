# bug: lost update - tickets_sold read, sleep, write without a lock
import threading
import time

tickets_sold = 0
sales_by_booth = {}


def booth(name, customers):
    global tickets_sold
    for n in customers:
        seen = tickets_sold
        time.sleep(0.001)
        tickets_sold = seen + n
        sales_by_booth[name] = sales_by_booth.get(name, 0) + n


booths = {"east": [2, 1, 3], "west": [1, 1], "gate": [4]}
threads = [threading.Thread(target=booth, args=(k, v)) for k, v in booths.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = sum(sum(v) for v in booths.values())
print(f"sold={tickets_sold} expected={expected} by_booth={sales_by_booth}")
