# an exception in a thread ends that thread only; main goes on and finishes normally
import threading

steps = 0
main_done = 0


def fragile():
    global steps
    steps += 1
    raise ValueError("boom")


t = threading.Thread(target=fragile)
t.start()
t.join()
main_done = 1
print(steps, main_done)
