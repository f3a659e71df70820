# BUG: a non-daemon thread waits for an event nobody sets: main's code ends, the interpreter never exits
import threading

never = threading.Event()
main_done = 0


def waiter():
    never.wait()


threading.Thread(target=waiter).start()
main_done = 1
print(main_done)
