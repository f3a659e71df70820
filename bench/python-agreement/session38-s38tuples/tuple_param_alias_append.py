# A tuple handed to a thread's function, bound to another name there, then appended to: CPython raises
# AttributeError in the thread (the thread dies, main prints []). The start binary of session 38
# imported the tuple as a list that grew (`ok out=[3]` under "complete"); now refused at the append.
import threading

out = []


def grow(t):
    u = t
    u.append(3)
    out.append(len(u))


worker = threading.Thread(target=grow, args=((1, 2),))
worker.start()
worker.join()
print(out)
