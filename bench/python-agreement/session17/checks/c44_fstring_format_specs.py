# no bug: f-string format specs (zero padding, width, alignment, thousands separators) in labels a thread builds
import threading

labels = []
lock = threading.Lock()


def make_label(order_id, amount):
    label = f"#{order_id:04d} {amount:>6,} {'ok':<3}|"
    with lock:
        labels.append(label)


t = threading.Thread(target=make_label, args=(7, 12345))
t.start()
t.join()
print(labels)
