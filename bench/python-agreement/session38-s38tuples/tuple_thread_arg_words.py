# A tuple handed to a thread as its argument and appended to there (session37-s37values/
# tuple_param_append_silent.py through a thread): CPython's thread raises AttributeError. Refused at the
# start of session 38 already, in words about a list; now in words about a tuple.
import threading

out = []


def work(t):
    t.append(3)
    out.append(len(t))


worker = threading.Thread(target=work, args=((1, 2),))
worker.start()
worker.join()
print(out)
