# A bare items[i] statement as a bounds check: IndexError past the end.
import threading

items = [10, 20]
out_of_range = 0


def probe(indexes):
    global out_of_range
    for i in indexes:
        try:
            items[i]
        except IndexError:
            out_of_range += 1


t = threading.Thread(target=probe, args=([0, 2, 5],))
t.start()
t.join()
print(out_of_range)
