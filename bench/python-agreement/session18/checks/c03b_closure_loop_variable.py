# Late binding: callbacks made in a loop all see the loop variable's last value; a default argument binds early.
import threading

late = []
early = []
lock = threading.Lock()


def make_all():
    late_fns = []
    early_fns = []
    for i in range(3):
        def late_fn():
            with lock:
                late.append(i)
        def early_fn(i=i):
            with lock:
                early.append(i)
        late_fns.append(late_fn)
        early_fns.append(early_fn)
    return late_fns + early_fns


fns = make_all()
threads = [threading.Thread(target=fn) for fn in fns]
for t in threads:
    t.start()
for t in threads:
    t.join()
late.sort()
early.sort()
