# BUG: the stopper can set stopped between the adder's check of stopping_flag and its increment of pending_io (SCTBench bluetooth_driver)
import threading


class Device:
    def __init__(self):
        self.pending_io = 1
        self.stopping_flag = False
        self.stopping_event = False
        self.stopped = False
        self.lock = threading.Lock()


device = Device()
io_done = 0


def io_increment(dev):
    if dev.stopping_flag:
        return -1
    with dev.lock:
        dev.pending_io += 1
    return 0


def io_decrement(dev):
    with dev.lock:
        dev.pending_io -= 1
        remaining = dev.pending_io
    if remaining == 0:
        dev.stopping_event = True


def bc_add_device(dev):
    global io_done
    status = io_increment(dev)
    if status == 0:
        # do the I/O: the driver must not be stopped while it runs
        assert not dev.stopped, "driver stopped during I/O"
        io_done += 1
    io_decrement(dev)


def bc_stopper(dev):
    dev.stopping_flag = True
    io_decrement(dev)
    while not dev.stopping_event:
        pass
    dev.stopped = True


adder = threading.Thread(target=bc_add_device, args=(device,))
stopper = threading.Thread(target=bc_stopper, args=(device,))
adder.start()
stopper.start()
adder.join()
stopper.join()

pending_io = device.pending_io
stopped = device.stopped
print(f"pending_io={pending_io} stopped={stopped} io_done={io_done}")
