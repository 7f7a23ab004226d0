"""A reader that kills its worker process in the middle of sending a result (tests/test_stop_pool.py)."""
import os
import struct
import sys


def send_half_a_result() -> None:
    """In a pool's worker: write the start of a 1 MB result to the pool's result pipe (the ``result_queue`` of
    ``concurrent.futures.process._process_worker``, found up the stack), as a worker does before the pipe is full."""
    frame = sys._getframe()
    while frame.f_code.co_name != "_process_worker":
        frame = frame.f_back
    os.write(frame.f_locals["result_queue"]._writer.fileno(), struct.pack("!i", 1_000_000) + b"x" * 10)


def read(data: bytes, name: str):
    """Die in the middle of sending a result."""
    send_half_a_result()
    os._exit(3)
