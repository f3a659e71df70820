"""SCTBench bluetooth_driver: a stopping flag and a pending-I/O count; stop can free while I/O runs."""
import threading

pending_io = 1
stopping_flag = 0
stopping_event = 0
stopped = 0
errors = 0


def io_increment():
    global pending_io
    if stopping_flag:
        return -1
    pending_io += 1
    return 0


def io_decrement():
    global pending_io, stopping_event
    pending_io -= 1
    if pending_io == 0:
        stopping_event = 1


def add():
    global errors
    status = io_increment()
    if status == 0:
        if stopped:
            errors += 1
        io_decrement()


def stop():
    global stopping_flag, stopped
    stopping_flag = 1
    io_decrement()
    while not stopping_event:
        pass
    stopped = 1


threads = [threading.Thread(target=add), threading.Thread(target=stop)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors)
