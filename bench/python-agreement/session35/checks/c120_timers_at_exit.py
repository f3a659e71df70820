"""A daemon Timer and a plain Timer, both 20 ms: at exit only the plain one has fired."""
import threading

fired = []

plain = threading.Timer(0.02, fired.append, args=("plain",))
quiet = threading.Timer(0.02, fired.append, args=("daemon",))
quiet.daemon = True
plain.start()
quiet.start()
