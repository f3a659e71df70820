# threading.Timer(0.01, d.update, args=({...},)): the dict's bound update as the timer's function.
import threading

d = {"a": 1}
t = threading.Timer(0.01, d.update, args=({"a": 2},))
t.start()
t.join()
print(d)
