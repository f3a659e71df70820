# multiprocessing.Pipe between two processes: a sensor sends readings, the main process sends back acks.
import multiprocessing as mp


def sensor(conn, readings):
    acked = 0
    for value in readings:
        conn.send({"reading": value})
        reply = conn.recv()
        if reply == "ack":
            acked += 1
    conn.send({"done": acked})
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = mp.Pipe()
    readings = [21, 23, 22, 25]
    proc = mp.Process(target=sensor, args=(child_end, readings))
    proc.start()
    received = []
    while True:
        message = parent_end.recv()
        if "done" in message:
            acked = message["done"]
            break
        received.append(message["reading"])
        parent_end.send("ack")
    proc.join()
    average = sum(received) // len(received)
    exitcode = proc.exitcode
    print(f"received={received} acked={acked} average={average} exitcode={exitcode}")
