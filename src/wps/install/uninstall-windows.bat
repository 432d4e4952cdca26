@echo off
rem 绩效 WPS 加载项：从当前用户卸载。
chcp 65001 >nul
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1" -Remove
pause
