"""fc_local: run this project's functions on this machine, with no Docker, account or network.

    python3 -m fc_local invoke [EVENT_FILE] [--function NAME] [--inspect[=PORT]]   one invocation with a sample event
    python3 -m fc_local dev [--port 9000] [--timers] [--inspect[=PORT]]             serve the functions on localhost
"""
