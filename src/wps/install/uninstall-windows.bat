@echo off
rem Jixiao WPS add-in: removes it for the current user.
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1" -Remove
pause
